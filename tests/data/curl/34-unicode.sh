curl http://HOST/unicode -H 'Content-Type: application/json; charset=utf-8' -d '{"name":"Zoë Ørsted","city":"Kraków"}'
