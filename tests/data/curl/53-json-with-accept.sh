curl http://HOST/json -H 'Accept: application/vnd.api+json' --json '{"a":1}'
