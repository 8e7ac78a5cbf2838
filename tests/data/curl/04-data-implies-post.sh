curl http://HOST/form -d 'name=Maria&plan=premium'
