<?php
include 'readme-notes.txt';
