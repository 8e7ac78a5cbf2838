curl -X PUT http://HOST/put --data-raw ''
