#!/bin/bash
# a status page: checks that the database and cache ports answer (bash's /dev/tcp, no shell on it)
echo "Content-Type: text/plain"
echo
for target in db.example.com/5432 cache.example.com/6379; do
    if timeout 2 bash -c "echo > /dev/tcp/$target" 2>/dev/null; then
        echo "$target up"
    else
        echo "$target down"
    fi
done
exec 3<>/dev/tcp/www.example.com/80
printf 'HEAD / HTTP/1.0\r\nHost: www.example.com\r\n\r\n' >&3
head -n 1 <&3
exec 3>&-
