curl http://HOST/json --json ''
