<?php

use App\Http\Controllers\ReportController;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\Route;
use Illuminate\Support\Facades\Storage;

Route::post('/avatar', function (Request $request) {
    $request->validate(['avatar' => 'required|image|max:2048']);
    $path = $request->file('avatar')->storeAs('avatars', $request->user()->id . '.png', 'public');
    return back()->with('status', $path);
})->middleware('auth');

Route::post('/documents', function (Request $request) {
    $path = $request->file('document')->store('documents');
    return response()->json(['path' => $path]);
})->middleware('auth');

Route::post('/admin/maintenance', function (Request $request) {
    $allowed = ['cache:clear', 'config:cache', 'route:cache', 'view:clear', 'queue:restart'];
    $command = $request->input('command');
    abort_unless(in_array($command, $allowed, true), 422);
    Artisan::call($command);
    return response()->json(['output' => Artisan::output()]);
})->middleware(['auth', 'can:admin']);

Route::get('/exports/{name}', function (string $name) {
    return Storage::disk('exports')->download(basename($name));
})->middleware('auth');
