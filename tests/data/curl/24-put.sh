curl -X PUT http://HOST/contacts/003 -H 'Content-Type: application/json' --data-raw '{"plan":"premium"}'
