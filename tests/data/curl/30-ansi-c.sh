curl http://HOST/ansi -H $'X-Line: a\tb' --data-binary $'{"name":"Zo\xc3\xab","n":"it\'s"}' -H 'Content-Type: application/json'
