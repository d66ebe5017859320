<?php
// Site settings for the Harbour Lane Bakery website.
// The admin password hash was made with password_hash(..., PASSWORD_DEFAULT).

declare(strict_types=1);

const SITE_NAME = 'Harbour Lane Bakery';
const SITE_TAGLINE = 'Sourdough, pastries and coffee since 1998';
const SITE_EMAIL = 'hello@harbourlane.example';
const ADMIN_USER = 'editor';
const ADMIN_PASSWORD_HASH = '$2y$10$xaBWa5KO.2OCyqJkhjQnROVum4lJXTxQHausapjUUI2tunx7MOYVW';
const UPLOAD_DIR = __DIR__ . '/../uploads';
const TEMPLATE_DIR = __DIR__;
const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

date_default_timezone_set('Europe/Berlin');
