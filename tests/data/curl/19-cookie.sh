curl -b 'session=abc123; theme=dark' http://HOST/cookie
