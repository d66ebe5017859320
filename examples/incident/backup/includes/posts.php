<?php
// News posts shown on the front page. Edited from the admin template editor.

return [
    [
        'id' => 1,
        'date' => '2026-10-02',
        'title' => 'Autumn sale on all bread baskets',
        'image' => '/uploads/2026/10/autumn-sale.jpg',
        'body' => 'Every Saturday in October our bread baskets are 20% off. Come early, they go fast.',
    ],
    [
        'id' => 2,
        'date' => '2026-11-03',
        'title' => 'Meet the team',
        'image' => '/uploads/2026/11/team.jpg',
        'body' => 'Four bakers, two baristas and one very patient dog. Say hello next time you visit.',
    ],
    [
        'id' => 3,
        'date' => '2026-11-12',
        'title' => 'Our new coffee corner',
        'image' => '/uploads/2026/11/office.png',
        'body' => 'The back room is now a quiet coffee corner with six seats and a window to the harbour.',
    ],
];
