curl http://HOST/notjson -H 'Content-Type: application/json' -d 'not json at all'
