<?php
// A search controller: request values go to the query builder as bound values, are validated
// against a list, or escaped for output; the only command it runs is a fixed one.
namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class SearchController extends Controller
{
    public function index(Request $request)
    {
        $q = $request->input('q', '');
        $sort = in_array($request->query('sort'), ['name', 'date'], true) ? $request->query('sort') : 'name';
        $rows = DB::table('articles')->where('title', 'like', '%' . $q . '%')->orderBy($sort)->get();
        $load = shell_exec('uptime');
        return view('search', ['rows' => $rows, 'q' => e($q), 'load' => $load]);
    }

    public function export(Request $request)
    {
        $name = preg_replace('/[^a-z0-9_-]/i', '', (string) request('name'));
        return response()->download(storage_path('exports/' . $name . '.csv'));
    }
}
