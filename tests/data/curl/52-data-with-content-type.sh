curl http://HOST/typed -H 'Content-Type: text/plain; charset=utf-8' --data-binary 'plain words'
