curl http://HOST/status
