curl -X POST http://HOST/hooks/crm -H 'Content-Type: application/json' -d '{"call_id":"call_1","duration":247}'
