curl http://HOST/raw --data-raw '@not-a-file'
