<?php
namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\File\Exception\FileException;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;
use Symfony\Component\String\Slugger\SluggerInterface;

class BrochureController extends AbstractController
{
    #[Route('/product/brochure', name: 'product_brochure', methods: ['POST'])]
    public function upload(Request $request, SluggerInterface $slugger): Response
    {
        $this->denyAccessUnlessGranted('ROLE_EDITOR');
        $file = $request->files->get('brochure');
        $original = pathinfo($file->getClientOriginalName(), PATHINFO_FILENAME);
        $safe = $slugger->slug($original);
        $newName = $safe . '-' . uniqid() . '.' . $file->guessExtension();
        try {
            $file->move($this->getParameter('brochures_directory'), $newName);
        } catch (FileException $e) {
            return new Response('upload failed', 500);
        }
        return $this->json(['file' => $newName]);
    }

    #[Route('/product/snapshot', methods: ['POST'])]
    public function snapshot(Request $request): Response
    {
        $this->denyAccessUnlessGranted('ROLE_EDITOR');
        $content = (string) $request->request->get('content');
        if (0 !== strpos($content, 'data:image/png;base64,')) {
            return new Response('bad image', 400);
        }
        $binary = base64_decode(substr($content, 22), true);
        $image = imagecreatefromstring($binary);
        $target = $this->getParameter('kernel.project_dir') . '/public/snapshots/' . bin2hex(random_bytes(8)) . '.png';
        imagepng($image, $target);
        return $this->json(['ok' => true]);
    }
}
