#!/bin/bash
# service status page: the posted action picks one of two fixed commands
LOGGER=/usr/bin/logger
SYSTEMCTL=/bin/systemctl
echo -e "Content-Type: text/plain\n"
read -n "$CONTENT_LENGTH" body <&0
action="${body#action=}"
case "$action" in
  status) $SYSTEMCTL status nginx --no-pager ;;
  restart) $SYSTEMCTL restart nginx ;;
  *) echo "unknown action" ;;
esac
$LOGGER -t status-page "action requested"
echo "done: $action"
