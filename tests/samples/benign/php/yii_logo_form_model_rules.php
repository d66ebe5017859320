<?php
namespace app\models;

use yii\base\Model;
use yii\web\UploadedFile;
use yii\web\Controller;
use Yii;

class LogoForm extends Model
{
    /** @var UploadedFile */
    public $logo;

    public function rules()
    {
        return [
            [['logo'], 'file', 'skipOnEmpty' => false, 'extensions' => 'png, jpg, gif', 'checkExtensionByMimeType' => true],
        ];
    }

    public function upload()
    {
        if ($this->validate()) {
            $this->logo->saveAs('uploads/logos/' . $this->logo->baseName . '.' . $this->logo->extension);
            return true;
        }
        return false;
    }
}

// the controller that uses the form (same module, kept in one file here)
class BrandingController extends Controller
{
    public function actionLogo()
    {
        $model = new LogoForm();
        if (Yii::$app->request->isPost) {
            $model->logo = UploadedFile::getInstance($model, 'logo');
            if ($model->upload()) {
                Yii::$app->session->setFlash('success', 'Logo saved.');
                return $this->refresh();
            }
        }
        return $this->render('logo', ['model' => $model]);
    }
}
