curl http://HOST/h -H 'X-Empty;' -H 'X-Full: yes'
