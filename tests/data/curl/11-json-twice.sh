curl http://HOST/json --json '{"a":' --json '1}'
