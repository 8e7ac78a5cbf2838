curl http://HOST/bin --data-binary 'line one
line two'
