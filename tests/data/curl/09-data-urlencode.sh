curl http://HOST/enc --data-urlencode 'note=hello world & more' --data-urlencode 'plain text' --data-urlencode '=only=content'
