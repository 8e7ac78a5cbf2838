curl --json '{"event":"call.ended","ok":true}' http://HOST/json
