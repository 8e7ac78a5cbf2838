curl -X POST http://HOST/nobody -H 'X-Trigger: 1'
