curl -u user:pass -H 'Authorization: Token abc' http://HOST/override
