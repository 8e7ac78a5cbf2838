curl http://HOST/empty --data-binary ''
