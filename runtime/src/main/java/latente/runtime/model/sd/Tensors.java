package latente.runtime.model.sd;

import ai.onnxruntime.OnnxJavaType;
import latente.runtime.onnx.Half;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * Casts at the model's edges: Java works in float (and int ids); each tensor is created in the
 * element type the model's input declares (float32/float16, int32/int64) and outputs are read
 * back as float whatever their type.
 */
final class Tensors {
    private Tensors() {
    }

    /** A float tensor of the given element type (FLOAT, FLOAT16 or DOUBLE); other types are refused. */
    static OnnxTensor floats(OrtEnvironment env, float[] data, long[] shape, OnnxJavaType type, String what) throws OrtException, SdModelException {
        switch (type) {
            case FLOAT:
                return OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape);
            case FLOAT16: {
                short[] h = new short[data.length];
                for (int i = 0; i < h.length; i++) h[i] = Half.fromFloat(data[i]);
                return OnnxTensor.createTensor(env, ShortBuffer.wrap(h), shape, OnnxJavaType.FLOAT16);
            }
            case DOUBLE: {
                double[] d = new double[data.length];
                for (int i = 0; i < d.length; i++) d[i] = data[i];
                return OnnxTensor.createTensor(env, java.nio.DoubleBuffer.wrap(d), shape);
            }
            default:
                throw new SdModelException(what + " has element type " + type + "; expected float32 or float16");
        }
    }

    /** A numeric tensor holding {@code values}: float types as above, integer types rounded. */
    static OnnxTensor numbers(OrtEnvironment env, double[] values, long[] shape, OnnxJavaType type, String what) throws OrtException, SdModelException {
        switch (type) {
            case INT64: {
                long[] l = new long[values.length];
                for (int i = 0; i < l.length; i++) l[i] = Math.round(values[i]);
                return OnnxTensor.createTensor(env, LongBuffer.wrap(l), shape);
            }
            case INT32: {
                int[] n = new int[values.length];
                for (int i = 0; i < n.length; i++) n[i] = (int) Math.round(values[i]);
                return OnnxTensor.createTensor(env, IntBuffer.wrap(n), shape);
            }
            default: {
                float[] f = new float[values.length];
                for (int i = 0; i < f.length; i++) f[i] = (float) values[i];
                return floats(env, f, shape, type, what);
            }
        }
    }

    /** Token ids as int32 or int64, whichever the text encoder declares. */
    static OnnxTensor ids(OrtEnvironment env, int[] ids, long[] shape, OnnxJavaType type, String what) throws OrtException, SdModelException {
        if (type == OnnxJavaType.INT32) return OnnxTensor.createTensor(env, IntBuffer.wrap(ids), shape);
        if (type == OnnxJavaType.INT64) {
            long[] l = new long[ids.length];
            for (int i = 0; i < l.length; i++) l[i] = ids[i];
            return OnnxTensor.createTensor(env, LongBuffer.wrap(l), shape);
        }
        throw new SdModelException(what + " has element type " + type + "; expected int32 or int64");
    }

    /** The tensor's values as float, converting float16 and double. */
    static float[] read(OnnxTensor t, String what) throws SdModelException {
        OnnxJavaType type = t.getInfo().type;
        switch (type) {
            case FLOAT: {
                FloatBuffer b = t.getFloatBuffer();
                float[] out = new float[b.remaining()];
                b.get(out);
                return out;
            }
            case FLOAT16: {
                ShortBuffer b = t.getByteBuffer().order(ByteOrder.nativeOrder()).asShortBuffer();
                float[] out = new float[b.remaining()];
                for (int i = 0; i < out.length; i++) out[i] = Half.toFloat(b.get(i));
                return out;
            }
            case DOUBLE: {
                java.nio.DoubleBuffer b = t.getDoubleBuffer();
                float[] out = new float[b.remaining()];
                for (int i = 0; i < out.length; i++) out[i] = (float) b.get(i);
                return out;
            }
            default:
                throw new SdModelException(what + " has element type " + type + "; expected float32 or float16");
        }
    }
}
