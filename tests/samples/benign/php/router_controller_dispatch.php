<?php

namespace App\Http;

use App\Http\Exception\NotFound;
use App\Http\Exception\MethodNotAllowed;

/**
 * Dispatches a request to a controller method chosen from a fixed route table.
 */
final class Router
{
    /** @var array<string, array{0: string, 1: class-string, 2: string}> */
    private array $routes = [];

    public function get(string $pattern, string $controller, string $method): void
    {
        $this->routes[] = ['GET', $pattern, $controller, $method];
    }

    public function post(string $pattern, string $controller, string $method): void
    {
        $this->routes[] = ['POST', $pattern, $controller, $method];
    }

    public function dispatch(string $httpMethod, string $uri, Container $container): Response
    {
        $path = parse_url($uri, PHP_URL_PATH) ?: '/';
        $allowed = [];
        foreach ($this->routes as [$verb, $pattern, $controller, $method]) {
            if (!preg_match('#^' . $pattern . '$#', $path, $params)) {
                continue;
            }
            if ($verb !== $httpMethod) {
                $allowed[] = $verb;
                continue;
            }
            $params = array_filter($params, 'is_string', ARRAY_FILTER_USE_KEY);
            $instance = $container->get($controller);
            if (!method_exists($instance, $method)) {
                throw new NotFound($path);
            }
            return call_user_func_array([$instance, $method], $params);
        }
        if ($allowed) {
            throw new MethodNotAllowed($allowed);
        }
        throw new NotFound($path);
    }
}

$router = new Router();
$router->get('/posts/(?<id>\d+)', PostController::class, 'show');
$router->post('/posts', PostController::class, 'store');
$response = $router->dispatch($_SERVER['REQUEST_METHOD'], $_SERVER['REQUEST_URI'], $container);
$response->send();
