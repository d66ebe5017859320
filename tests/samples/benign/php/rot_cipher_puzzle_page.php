<?php
// Puzzle page: the answer is stored through an affine letter map and decoded with the long-hand
// append loop before it is compared with what the visitor typed.
function unscramble($word)
{
    $plain = '';
    for ($k = 0; $k < strlen($word); $k++) {
        $plain = $plain . chr((((ord($word[$k]) - 97) * 5 + 11) % 26) + 97);
    }
    return $plain;
}

$answer = unscramble('gdrrmuwh');
$guess = isset($_POST['guess']) ? strtolower(trim($_POST['guess'])) : '';
if ($guess !== '') {
    echo $guess === $answer ? 'Correct!' : 'Try again, ' . htmlspecialchars($guess);
}
