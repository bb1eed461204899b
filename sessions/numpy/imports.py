from numpy import array, zeros
from numpy.random import randn, seed
import numpy.random as npr
import numpy
from numpy.linalg import norm
seed(0)
randn(2)
npr.rand()
array([1, 2]) + zeros(2)
numpy.pi
norm(array([3.0, 4.0]))
type(numpy.random)
