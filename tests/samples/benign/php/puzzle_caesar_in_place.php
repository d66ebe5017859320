<?php
/**
 * Puzzle page: the answer is stored shifted by one letter so it is not readable in the page
 * source; it is shifted back in place and compared with the visitor's guess.
 */
$answer = gzinflate(base64_decode('CyhMy1csSStJyksDAA=='));
for ($i = 0; $i < strlen($answer); $i++) {
    $answer[$i] = chr(ord($answer[$i]) - 1);
}
$guess = isset($_POST['guess']) ? trim($_POST['guess']) : '';
if ($guess !== '' && strcasecmp($guess, $answer) === 0) {
    echo '<p class="ok">Correct!</p>';
} else {
    echo '<p>Try again, ' . htmlspecialchars($guess) . '</p>';
}
