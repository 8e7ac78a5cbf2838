$ curl http://HOST/prompt
