<?php
/**
 * Module setup model: creates the integration's API role with the resources it needs and a
 * customer group. Runs inside the application's own upgrade process.
 */
class Acme_Sync_Model_Setup extends Mage_Core_Model_Resource_Setup
{
    public function createApiRole()
    {
        $role = Mage::getModel('api/roles')->setName('Acme Sync')->setRoleType('G')->save();
        Mage::getModel('api/rules')
            ->setRoleId($role->getId())
            ->setResources(array('catalog/product/info', 'sales/order/info'))
            ->saveRel();
        $group = Mage::getModel('customer/group')->setCode('Wholesale')->save();
        return $group->getId();
    }
}
